// Student mistake: the queue binding is not declared mut.
use std::collections::VecDeque;

fn main() {
    let queue: VecDeque<u32> = VecDeque::new();
    for i in 0..3 {
        queue.push_back(i);
    }
    while let Some(x) = queue.pop_front() {
        println!("{}", x);
    }
}
