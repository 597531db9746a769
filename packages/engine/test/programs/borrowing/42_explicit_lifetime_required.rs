// The student annotated only the first parameter.
fn pick_label<'a>(primary: &'a str, fallback: &str) -> &'a str {
    if primary.is_empty() {
        fallback
    } else {
        primary
    }
}

fn main() {
    let p = String::from("");
    let f = String::from("untitled");
    println!("{}", pick_label(&p, &f));
}
