// Moving a String out of an array by index is not allowed.
fn main() {
    let names: [String; 3] = [
        String::from("Ada"),
        String::from("Grace"),
        String::from("Linus"),
    ];

    let winner = names[1];
    println!("the winner is {}", winner);
    println!("{} entries", names.len());
}
