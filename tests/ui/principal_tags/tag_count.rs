use cognito::cognito;

fn main() {
    let _ = cognito! {
        identity_pool identities {
            authentication_providers: { google: { client_id: "12345.apps.googleusercontent.com" } },
            authenticated_role: "arn:aws:iam::123456789012:role/tagging",
            principal_tags tags {
                identity_provider_name: "accounts.google.com",
                principal_tags: { t0: "sub", t1: "sub", t2: "sub", t3: "sub", t4: "sub", t5: "sub", t6: "sub", t7: "sub", t8: "sub", t9: "sub", t10: "sub", t11: "sub", t12: "sub", t13: "sub", t14: "sub", t15: "sub", t16: "sub", t17: "sub", t18: "sub", t19: "sub", t20: "sub", t21: "sub", t22: "sub", t23: "sub", t24: "sub", t25: "sub", t26: "sub", t27: "sub", t28: "sub", t29: "sub", t30: "sub", t31: "sub", t32: "sub", t33: "sub", t34: "sub", t35: "sub", t36: "sub", t37: "sub", t38: "sub", t39: "sub", t40: "sub", t41: "sub", t42: "sub", t43: "sub", t44: "sub", t45: "sub", t46: "sub", t47: "sub", t48: "sub", t49: "sub", t50: "sub" },
            }
        }
    };
}
