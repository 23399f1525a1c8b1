use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            resource_server api {
                identifier: "api",
                scopes: { s0: "d", s1: "d", s2: "d", s3: "d", s4: "d", s5: "d", s6: "d", s7: "d", s8: "d", s9: "d", s10: "d", s11: "d", s12: "d", s13: "d", s14: "d", s15: "d", s16: "d", s17: "d", s18: "d", s19: "d", s20: "d", s21: "d", s22: "d", s23: "d", s24: "d", s25: "d", s26: "d", s27: "d", s28: "d", s29: "d", s30: "d", s31: "d", s32: "d", s33: "d", s34: "d", s35: "d", s36: "d", s37: "d", s38: "d", s39: "d", s40: "d", s41: "d", s42: "d", s43: "d", s44: "d", s45: "d", s46: "d", s47: "d", s48: "d", s49: "d", s50: "d", s51: "d", s52: "d", s53: "d", s54: "d", s55: "d", s56: "d", s57: "d", s58: "d", s59: "d", s60: "d", s61: "d", s62: "d", s63: "d", s64: "d", s65: "d", s66: "d", s67: "d", s68: "d", s69: "d", s70: "d", s71: "d", s72: "d", s73: "d", s74: "d", s75: "d", s76: "d", s77: "d", s78: "d", s79: "d", s80: "d", s81: "d", s82: "d", s83: "d", s84: "d", s85: "d", s86: "d", s87: "d", s88: "d", s89: "d", s90: "d", s91: "d", s92: "d", s93: "d", s94: "d", s95: "d", s96: "d", s97: "d", s98: "d", s99: "d", s100: "d" },
            }
        }
    };
}
