// Lab 8, exercise 1: a generic stack with a size limit.
// Works for any T; peek returns a reference so nothing is cloned.

#[derive(Debug)]
struct BoundedStack<T> {
    items: Vec<T>,
    limit: usize,
}

#[derive(Debug)]
enum StackError<T> {
    Full(T),
}

impl<T: std::fmt::Debug> BoundedStack<T> {
    fn new(limit: usize) -> Self {
        BoundedStack { items: Vec::with_capacity(limit), limit }
    }

    fn push(&mut self, item: T) -> Result<(), StackError<T>> {
        if self.items.len() == self.limit {
            return Err(StackError::Full(item));
        }
        self.items.push(item);
        Ok(())
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

fn main() {
    let mut nums = BoundedStack::new(3);
    for n in [1.5, 2.5, 3.5, 4.5] {
        if let Err(e) = nums.push(n) {
            println!("push failed: {:?}", e);
        }
    }
    println!("nums = {:?}, capacity = {}", nums, nums.items.capacity());

    let mut words: BoundedStack<String> = BoundedStack::new(2);
    words.push("owned".to_string()).unwrap();
    words.push("strings".to_string()).unwrap();
    match words.push("overflow".to_string()) {
        Err(StackError::Full(w)) => println!("got {:?} back", w),
        Ok(()) => println!("unexpected"),
    }
    println!("peek = {:?}", words.peek());
    println!("pop = {:?}", words.pop());
    println!("peek = {:?}", words.peek());
    println!("pop nums twice: {:?} {:?}", nums.pop(), nums.pop());
}
