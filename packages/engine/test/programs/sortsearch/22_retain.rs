// retain keeps elements for which the closure returns true.
fn main() {
    let mut inventory = vec![("apples", 5), ("bread", 0), ("milk", 2), ("eggs", 0)];
    inventory.retain(|&(_, qty)| qty > 0);
    println!("in stock: {:?}", inventory);

    let mut n: Vec<u32> = (1..=20).collect();
    n.retain(|x| x % 3 == 0);
    println!("{:?}", n);

    let mut names = vec![String::from("amy"), String::from("bo"), String::from("cleo")];
    names.retain(|s| s.len() > 2);
    println!("{:?}", names);
}
