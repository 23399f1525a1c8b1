use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            ui_customization css { css: ".banner-customizable { color: red; }" }
        }
    };
}
