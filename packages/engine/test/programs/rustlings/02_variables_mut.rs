// variables3: the counter is changed later, but the binding is not declared mutable.
fn main() {
    let count = 3;
    println!("Number of apples: {count}");

    count = 5;
    println!("Number of apples after the harvest: {count}");
}
