// Quiz: only one mutable reference at a time.
fn main() {
    let mut draft = String::from("Dear team");
    let editor_one = &mut draft;
    let editor_two = &mut draft;
    editor_one.push_str(", thanks");
    editor_two.push_str(" for coming");
    println!("{draft}");
}
