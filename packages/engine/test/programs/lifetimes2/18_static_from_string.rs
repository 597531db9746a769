// A borrowed String is not 'static, even if it looks like text.
fn make_name(id: u32) -> &'static str {
    let name = format!("user{}", id);
    &name
}

fn main() {
    println!("{}", make_name(7));
}
