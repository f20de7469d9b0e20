import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listAgencyUsers } from "@/lib/users/staff-users";
import { CreateStaffUserForm } from "@/components/admin/create-staff-user-form";
import { StaffUserStatusButton } from "@/components/admin/staff-user-status-button";

export const metadata: Metadata = { title: "用户管理" };

export default async function AdminUsersPage() {
  const actor = await requireRole(["admin"], "/admin/users");
  const staff = await listAgencyUsers(await getDb(), actor);
  return (
    <>
      <h1>用户管理</h1>
      <section className="panel">
        <h2>本机关工作人员</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">电子邮箱</th>
              <th scope="col">手机号码</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>{user.email ?? "—"}</td>
                <td>{user.phone ?? "—"}</td>
                <td>{user.disabled ? "已停用" : "正常"}</td>
                <td>{user.id === actor.userId ? "—" : <StaffUserStatusButton id={user.id} name={user.name} disabled={user.disabled} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel">
        <h2>新建工作人员账号</h2>
        <CreateStaffUserForm />
      </section>
    </>
  );
}
