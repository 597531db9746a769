fn for_each_item<F: Fn(&str)>(items: &[&str], f: F) {
    for it in items {
        f(it);
    }
}

fn main() {
    let items = ["pen", "book", "lamp"];
    let mut total_chars = 0;
    for_each_item(&items, |s| {
        total_chars += s.len();
    });
    println!("{}", total_chars);
}
