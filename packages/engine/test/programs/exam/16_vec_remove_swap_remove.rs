fn main() {
    let mut names = vec![
        String::from("ada"),
        String::from("bob"),
        String::from("cat"),
        String::from("dan"),
        String::from("eve"),
    ];
    let second = names.remove(1);
    println!("removed {} -> {:?}", second, names);
    let first = names.swap_remove(0);
    println!("swap_removed {} -> {:?}", first, names);
    let borrowed = &names[0];
    println!("borrowed {}", borrowed);
    let cloned = names[1].clone();
    println!("cloned {}", cloned);
    for n in names.into_iter().rev() {
        println!("owned {}", n);
    }
}
