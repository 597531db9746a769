fn main() {
    let names = vec![String::from("Grace"), String::from("Alan"), String::from("Ada")];
    let winner = names[2];
    println!("the winner is {}", winner);
    println!("all: {:?}", names);
}
