fn main() {
    let mut inventory = vec![3, 7, 1];

    let a = &mut inventory;
    let b = &mut inventory;

    a.push(10);
    b.push(20);
    println!("{:?}", inventory);
}
