use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                o_auth: {
                    scopes: [custom("api/s0"), custom("api/s1"), custom("api/s2"), custom("api/s3"), custom("api/s4"), custom("api/s5"), custom("api/s6"), custom("api/s7"), custom("api/s8"), custom("api/s9"), custom("api/s10"), custom("api/s11"), custom("api/s12"), custom("api/s13"), custom("api/s14"), custom("api/s15"), custom("api/s16"), custom("api/s17"), custom("api/s18"), custom("api/s19"), custom("api/s20"), custom("api/s21"), custom("api/s22"), custom("api/s23"), custom("api/s24"), custom("api/s25"), custom("api/s26"), custom("api/s27"), custom("api/s28"), custom("api/s29"), custom("api/s30"), custom("api/s31"), custom("api/s32"), custom("api/s33"), custom("api/s34"), custom("api/s35"), custom("api/s36"), custom("api/s37"), custom("api/s38"), custom("api/s39"), custom("api/s40"), custom("api/s41"), custom("api/s42"), custom("api/s43"), custom("api/s44"), custom("api/s45"), custom("api/s46"), custom("api/s47"), custom("api/s48"), custom("api/s49"), custom("api/s50")],
                },
            }
        }
    };
}
