"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  createCategoryAction,
  moveCategoryAction,
  renameCategoryAction,
  setCategoryRetiredAction,
} from "@/app/admin/categories/actions";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import type { CategoryNode } from "@/lib/documents/categories";
import { createCategorySchema } from "@/lib/documents/schemas";
import type { z } from "@/lib/validation/zod";

type CreateInput = z.input<typeof createCategorySchema>;
type Notice = { kind: "error" | "success"; text: string } | undefined;

/** Admin: add, rename, reorder, retire and restore categories (documents are never lost). */
export function CategoryManager({ tree }: { tree: CategoryNode[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>();
  const run = async (work: () => Promise<{ ok: boolean; message?: string }>) => {
    setNotice(undefined);
    try {
      const result = await work();
      if (result.message || !result.ok) setNotice({ kind: result.ok ? "success" : "error", text: result.message ?? "操作失败。" });
      if (result.ok) router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    }
  };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateInput>({ resolver: zodResolver(createCategorySchema), defaultValues: { name: "", parentCode: "" } });
  const onCreate = handleSubmit(async (values) => {
    try {
      const result = await createCategoryAction(values);
      if (!result.ok) {
        applyServerErrors(setError, result.errors);
        setNotice({ kind: "error", text: result.message ?? "添加失败。" });
        return;
      }
      reset({ name: "", parentCode: values.parentCode });
      setNotice({ kind: "success", text: `已添加分类“${values.name}”。` });
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，填写的内容仍保留在页面上，请稍后重试。" });
    }
  });

  const renderNodes = (nodes: CategoryNode[]) => (
    <ul>
      {nodes.map((node, i) => (
        <li key={node.id}>
          <span className={node.retired ? "muted" : undefined}>
            {node.name}
            {node.retired ? "（已停用）" : ""}
          </span>{" "}
          <span className="no-print">
            <button type="button" className="link-button" disabled={i === 0} onClick={() => run(() => moveCategoryAction(node.id, "up"))} aria-label={`上移 ${node.name}`}>
              上移
            </button>{" "}
            <button
              type="button"
              className="link-button"
              disabled={i === nodes.length - 1}
              onClick={() => run(() => moveCategoryAction(node.id, "down"))}
              aria-label={`下移 ${node.name}`}
            >
              下移
            </button>{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const name = window.prompt("新的分类名称", node.name);
                if (name && name !== node.name) void run(() => renameCategoryAction(node.id, { name }));
              }}
              aria-label={`改名 ${node.name}`}
            >
              改名
            </button>{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => run(() => setCategoryRetiredAction(node.id, !node.retired))}
              aria-label={`${node.retired ? "恢复" : "停用"} ${node.name}`}
            >
              {node.retired ? "恢复" : "停用"}
            </button>
          </span>
          {node.children.length ? renderNodes(node.children) : null}
        </li>
      ))}
    </ul>
  );

  const parents = tree.filter((node) => !node.retired);
  return (
    <>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <section className="panel category-nav">{renderNodes(tree)}</section>
      <section className="panel">
        <h2>添加分类</h2>
        <form className="form" onSubmit={onCreate} noValidate>
          <Field label="分类名称" required error={errors.name?.message}>
            {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />}
          </Field>
          <Field label="上级分类" hint="不选则为一级分类。" error={errors.parentCode?.message}>
            {({ id, describedBy, invalid }) => (
              <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register("parentCode")}>
                <option value="">（一级分类）</option>
                {parents.map((node) => (
                  <option key={node.code} value={node.code}>
                    {node.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div>
            <button className="button" type="submit" disabled={isSubmitting}>
              添加分类
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
