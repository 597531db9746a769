// Exercise: for every even number in the queue, append its half.
fn halves(queue: &mut Vec<i32>) {
    for x in queue.iter() {
        if *x % 2 == 0 {
            queue.push(*x / 2);
        }
    }
}

fn describe(q: &[i32]) -> String {
    q.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" ")
}

fn main() {
    let mut queue = vec![8, 3, 6];
    println!("before: {}", describe(&queue));
    halves(&mut queue);
    println!("after: {}", describe(&queue));
    let evens = queue.iter().filter(|x| *x % 2 == 0).count();
    println!("{} evens", evens);
    println!("max {:?}", queue.iter().max());
}
