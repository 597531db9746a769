fn main() {
    let deck = vec!["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"];
    let (left, right) = deck.split_at(6);
    println!("left half:  {:?}", left);
    println!("right half: {:?}", right);

    // riffle shuffle, deterministic
    let mut shuffled = Vec::new();
    for i in 0..right.len() {
        if i < left.len() {
            shuffled.push(left[i]);
        }
        shuffled.push(right[i]);
    }
    println!("riffled: {}", shuffled.join(" "));

    let mut nums = [1, 2, 3, 4, 5, 6];
    let (a, b) = nums.split_at_mut(3);
    a[0] += b[0];
    b[2] *= 10;
    println!("{:?}", nums);
}
