fn main() {
    let inventory = vec![
        String::from("sword"),
        String::from("shield"),
        String::from("potion"),
    ];

    for item in inventory {
        println!("You carry a {}", item);
    }

    println!("Total items: {}", inventory.len());
}
