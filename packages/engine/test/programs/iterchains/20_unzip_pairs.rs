fn main() {
    let points = vec![(1, 10), (2, 20), (3, 30), (4, 40)];
    let (xs, ys): (Vec<i32>, Vec<i32>) = points.iter().cloned().unzip();
    println!("xs = {:?}", xs);
    println!("ys = {:?}", ys);

    let inventory = [("apple", 3), ("pear", 0), ("plum", 12)];
    let (names, counts): (Vec<&str>, Vec<u32>) = inventory.iter().copied().unzip();
    println!("names = {:?}", names);
    println!("total count = {}", counts.iter().sum::<u32>());
}
