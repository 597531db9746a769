fn main() {
    let mut inventory = vec!["sword", "shield"];

    let mut pick_up = |item| inventory.push(item);

    pick_up("potion");
    println!("carrying: {:?}", inventory);
    pick_up("rope");

    println!("final: {:?}", inventory);
}
