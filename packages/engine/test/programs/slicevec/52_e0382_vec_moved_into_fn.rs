// Passing a Vec by value moves it into the function.
fn print_all(items: Vec<String>) {
    for item in &items {
        println!("- {}", item);
    }
}

fn main() {
    let groceries = vec![String::from("milk"), String::from("eggs")];
    print_all(groceries);
    println!("{} items", groceries.len());
}
