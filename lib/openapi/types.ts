/** A fragment of the OpenAPI document: the paths (and shared schemas) of one area of the API. */
export interface OpenApiFragment {
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
  securitySchemes?: Record<string, unknown>;
}

export const errorResponse = (description: string) => ({
  description,
  content: {
    "application/json": {
      schema: { $ref: "#/components/schemas/Error" },
    },
  },
});

export const queryParameter = (name: string, description: string, schema: Record<string, unknown>, required = true) => ({
  name,
  in: "query",
  required,
  description,
  schema,
});
