fn main() {
    let names = vec![String::from("Ada"), String::from("Bjarne"), String::from("Guido")];

    let greetings: Vec<String> = names.into_iter().map(|n| format!("Hello, {}!", n)).collect();
    for g in &greetings {
        println!("{}", g);
    }

    // names was moved by into_iter above
    println!("we greeted {} people", names.len());
}
