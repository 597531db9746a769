// Does this compile?
fn print_all(items: Vec<String>) {
    for item in items {
        println!("- {}", item);
    }
}

fn main() {
    let groceries = vec![String::from("milk"), String::from("eggs")];
    print_all(groceries);
    println!("you have {} items", groceries.len());
}
