use cognito::cognito;

fn main() {
    let _ = cognito! {
        ui_customization css { css: ".banner-customizable { color: red; }" }
    };
}
