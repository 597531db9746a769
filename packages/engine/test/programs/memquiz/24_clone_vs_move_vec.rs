fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let original = vec![3, 1, 4, 1, 5];

    let mut copy = original.clone();
    copy.push(9);
    println!("original: {:?}", original);
    println!("copy:     {:?}", copy);

    let sum = total(original.clone());
    println!("sum of clone = {}, original still has {} items", sum, original.len());

    let moved = original;
    println!("moved: {:?}", moved);
    println!("sum of moved = {}", total(moved));
}
