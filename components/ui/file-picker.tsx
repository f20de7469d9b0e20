"use client";

import { useRef } from "react";

/**
 * A file control that speaks Chinese: the browser's own button reads "Choose Files" in an English
 * browser and cannot be relabelled, so the native input is visually hidden (still focusable and
 * operable with the keyboard, still named by the field's label) and a label styled as a button
 * reads 选择文件. The chosen files are listed below, each with a button to remove it.
 */
export function FilePicker({
  id,
  label,
  required,
  hint,
  error,
  accept,
  multiple = true,
  files,
  onAdd,
  onRemove,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  accept: string;
  multiple?: boolean;
  files: readonly File[];
  onAdd: (selected: File[]) => void;
  onRemove: (index: number) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const describedBy = [hint ? hintId : "", statusId, error ? errorId : ""].filter(Boolean).join(" ");
  return (
    <div className="field file-picker">
      <label htmlFor={id} className={required ? "required" : undefined}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      <div className="file-picker-row">
        <input
          ref={input}
          id={id}
          className="file-picker-input"
          type="file"
          multiple={multiple}
          accept={accept}
          aria-describedby={describedBy}
          aria-invalid={Boolean(error)}
          onChange={(event) => {
            onAdd(Array.from(event.target.files ?? []));
            event.target.value = ""; // the same file can be chosen again after removal
          }}
        />
        <label htmlFor={id} className="button secondary file-picker-button">
          选择文件
        </label>
        <span id={statusId} className="muted" aria-live="polite">
          {files.length === 0 ? "未选择文件" : `已选择 ${files.length} 个文件`}
        </span>
      </div>
      {files.length > 0 ? (
        <ul className="file-list" aria-label="已选择的文件">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {file.name}（{Math.max(1, Math.round(file.size / 1024))} KB）{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onRemove(index);
                  input.current?.focus();
                }}
              >
                移除<span className="skip-link">{file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
