import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The pure rule modules (architecture.md: they take plain data and return plain data) import neither the
    // database nor Next, so they run and are tested anywhere and can be read against the law on their own.
    files: [
      "lib/calendar/*.ts",
      "lib/clock/**/*.ts",
      "lib/fees/**/*.ts",
      "lib/workflow/**/*.ts",
      "lib/annual-report/rules/**/*.ts",
      "lib/applications/case/steps/*.ts",
      "lib/applications/case/step.ts",
      "lib/applications/case/facts.ts",
      "lib/applications/case/services.ts",
      "lib/applications/case/engine.ts",
      "lib/applications/ownership.ts",
    ],
    // The one loader of the calendar the database holds sits beside the pure calendar it builds.
    ignores: ["lib/calendar/working-calendar.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"], message: "A pure rule module does not touch the database." },
            { group: ["next", "next/*", "server-only", "react", "react-dom"], message: "A pure rule module does not depend on Next or React." },
          ],
        },
      ],
    },
  },
];

export default config;
