// Quiz: changing a String requires declaring it `mut`.
fn main() {
    let shopping = String::from("eggs");
    let item_count = 2;
    shopping.push_str(", flour");
    println!("{shopping} ({item_count} items)");
}
