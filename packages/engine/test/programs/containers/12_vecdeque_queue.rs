use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<&str> = VecDeque::new();
    queue.push_back("alice");
    queue.push_back("bob");
    queue.push_front("vip-carol");
    queue.push_back("dave");

    println!("queue: {:?}", queue);
    println!("front = {:?}, back = {:?}", queue.front(), queue.back());

    while let Some(customer) = queue.pop_front() {
        println!("serving {}", customer);
        if customer == "bob" {
            let last = queue.pop_back();
            println!("  {:?} got tired and left", last);
        }
    }
    println!("empty: {}", queue.is_empty());
}
