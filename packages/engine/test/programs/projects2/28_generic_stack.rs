// Week project: a generic linked stack with iter, iter_mut, into_iter and a loud Drop.
struct Node<T> {
    elem: T,
    next: Link<T>,
}

type Link<T> = Option<Box<Node<T>>>;

struct Stack<T> {
    head: Link<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { head: None }
    }

    fn push(&mut self, elem: T) -> &mut Self {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
        self
    }

    fn pop(&mut self) -> Option<T> {
        let node = self.head.take()?;
        let node = *node;
        self.head = node.next;
        Some(node.elem)
    }

    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.elem)
    }

    fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        let mut cur = self.head.as_deref();
        std::iter::from_fn(move || {
            let node = cur?;
            cur = node.next.as_deref();
            Some(&node.elem)
        })
    }

    fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { next: self.head.as_deref_mut() }
    }
}

struct IterMut<'a, T> {
    next: Option<&'a mut Node<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.take().map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.elem
        })
    }
}

struct IntoIter<T>(Stack<T>);

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.0.pop()
    }
}

impl<T> IntoIterator for Stack<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter(self)
    }
}

// Iterative drop so a long stack does not overflow the call stack.
impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut count = 0;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            count += 1;
        }
        if count > 0 {
            println!("(dropped a stack with {} nodes left)", count);
        }
    }
}

#[derive(Debug)]
struct Plate {
    colour: &'static str,
    size: u8,
}

fn main() {
    let mut numbers = Stack::new();
    numbers.push(1).push(2).push(3).push(4);
    for n in numbers.iter_mut() {
        *n *= 100;
    }
    let shown: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
    println!("numbers: {}", shown.join(", "));
    println!("peek {:?}", numbers.peek());
    let popped = numbers.pop();
    println!("pop {:?}, peek {:?}", popped, numbers.peek());

    let mut plates = Stack::new();
    for (colour, size) in [("red", 3), ("blue", 5), ("green", 2)] {
        plates.push(Plate { colour, size });
    }
    let biggest = plates.iter().max_by_key(|p| p.size).map(|p| p.colour);
    println!("biggest plate: {:?}", biggest);
    if let Some(top) = plates.pop() {
        println!("took the {:?}", top);
    }
    let rest: Vec<Plate> = plates.into_iter().collect();
    println!("remaining plates: {:?}", rest);

    let mut words: Stack<String> = Stack::new();
    for w in "one two three four five".split(' ') {
        words.push(w.to_uppercase());
    }
    let first_two: Vec<String> = words.iter().take(2).cloned().collect();
    println!("top two words: {:?}", first_two);
    println!("end of main");
}
