use cognito::cognito;

// 34 pools imported in a chain, each with the id of the one before: the chain crosses the
// limit of 32 values at `p32`, the one error.
fn main() {
    let _stack = cognito! {
        user_pool real {}
        user_pool p0 = from_user_pool_id("us-east-1_abc123");
        user_pool p1 = from_user_pool_id(p0.user_pool_id);
        user_pool p2 = from_user_pool_id(p1.user_pool_id);
        user_pool p3 = from_user_pool_id(p2.user_pool_id);
        user_pool p4 = from_user_pool_id(p3.user_pool_id);
        user_pool p5 = from_user_pool_id(p4.user_pool_id);
        user_pool p6 = from_user_pool_id(p5.user_pool_id);
        user_pool p7 = from_user_pool_id(p6.user_pool_id);
        user_pool p8 = from_user_pool_id(p7.user_pool_id);
        user_pool p9 = from_user_pool_id(p8.user_pool_id);
        user_pool p10 = from_user_pool_id(p9.user_pool_id);
        user_pool p11 = from_user_pool_id(p10.user_pool_id);
        user_pool p12 = from_user_pool_id(p11.user_pool_id);
        user_pool p13 = from_user_pool_id(p12.user_pool_id);
        user_pool p14 = from_user_pool_id(p13.user_pool_id);
        user_pool p15 = from_user_pool_id(p14.user_pool_id);
        user_pool p16 = from_user_pool_id(p15.user_pool_id);
        user_pool p17 = from_user_pool_id(p16.user_pool_id);
        user_pool p18 = from_user_pool_id(p17.user_pool_id);
        user_pool p19 = from_user_pool_id(p18.user_pool_id);
        user_pool p20 = from_user_pool_id(p19.user_pool_id);
        user_pool p21 = from_user_pool_id(p20.user_pool_id);
        user_pool p22 = from_user_pool_id(p21.user_pool_id);
        user_pool p23 = from_user_pool_id(p22.user_pool_id);
        user_pool p24 = from_user_pool_id(p23.user_pool_id);
        user_pool p25 = from_user_pool_id(p24.user_pool_id);
        user_pool p26 = from_user_pool_id(p25.user_pool_id);
        user_pool p27 = from_user_pool_id(p26.user_pool_id);
        user_pool p28 = from_user_pool_id(p27.user_pool_id);
        user_pool p29 = from_user_pool_id(p28.user_pool_id);
        user_pool p30 = from_user_pool_id(p29.user_pool_id);
        user_pool p31 = from_user_pool_id(p30.user_pool_id);
        user_pool p32 = from_user_pool_id(p31.user_pool_id);
        user_pool p33 = from_user_pool_id(p32.user_pool_id);
        output o { value: p33.user_pool_id }
    };
}
