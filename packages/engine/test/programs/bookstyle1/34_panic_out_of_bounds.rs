// Indexing past the end of a vector panics at run time.
fn pick(items: &[&str], index: usize) -> String {
    println!("picking item {index} of {}", items.len());
    items[index].to_uppercase()
}

fn main() {
    let menu = vec!["soup", "salad", "bread"];
    println!("{}", pick(&menu, 1));
    println!("{}", pick(&menu, 99));
    println!("never printed");
}
