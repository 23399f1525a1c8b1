// Three stacks in a circle: A's client is of B's pool, B's of C's, C's of A's.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack A {
            user_pool pa {}
            user_pool_client ca { user_pool: pb }
        }
        stack B {
            user_pool pb {}
            user_pool_client cb { user_pool: pc }
        }
        stack C {
            user_pool pc {}
            user_pool_client cc { user_pool: pa }
        }
    };
}
