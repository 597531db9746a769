fn main() {
    let mut queue = vec![1, 2, 3];

    // try to append the double of every odd number while looping
    for n in queue.iter() {
        if n % 2 == 1 {
            queue.push(n * 2);
        }
    }

    println!("{:?}", queue);
}
