// Print a list with a heading, for quick debugging.
fn dump<T>(title: &str, items: &Vec<T>) {
    println!("== {} ({} items) ==", title, items.len());
    println!("{:?}", items);
}

fn main() {
    let scores = vec![10, 20, 30];
    dump("scores", &scores);
}
