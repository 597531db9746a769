fn main() {
    let mut stack = vec![1, 2, 3, 4];
    stack.push(5);

    let mut total = 0;
    while let Some(top) = stack.pop() {
        println!("popped {}", top);
        total += top;
    }
    println!("total = {}, stack empty: {}", total, stack.is_empty());

    let words = vec!["one", "two", "three"];
    let mut it = words.iter().enumerate();
    while let Some((i, w)) = it.next() {
        println!("{}: {}", i, w);
    }
}
