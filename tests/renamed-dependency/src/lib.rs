//! `cognito!` in a crate that depends on `cognito` as `my_cognito`: `#![crate = my_cognito]`
//! makes the expansion go through `::my_cognito::__private`.

#![forbid(unsafe_code)]

/// A stack declared through the renamed dependency.
pub fn stack() -> my_cognito::Stack {
    my_cognito::cognito! {
        #![crate = my_cognito]
        user_pool pool {
            user_pool_name: "renamed",
            password_policy: { min_length: (6 + 6) },
        }
        output PoolId { value: pool.user_pool_id }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_expansion_goes_through_the_renamed_crate() {
        let template = super::stack().synth().unwrap();
        let pool = my_cognito::logical_id(&["pool", "Resource"]);
        let props = &template["Resources"][&pool]["Properties"];
        assert_eq!(props["UserPoolName"], "renamed");
        assert_eq!(props["Policies"]["PasswordPolicy"]["MinimumLength"], 12);
        assert_eq!(template["Outputs"]["PoolId"]["Value"]["Ref"], pool.as_str());
    }
}
