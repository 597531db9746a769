// Lab 8, exercise 2: insert into a sorted linked list.
// We keep a cursor of type &mut Option<Box<Node>> and move it forward.

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn insert_sorted(head: &mut Option<Box<Node>>, val: i32) {
    let mut cursor = head;
    while cursor.as_ref().map_or(false, |n| n.val < val) {
        cursor = &mut cursor.as_mut().unwrap().next;
    }
    let rest = cursor.take();
    *cursor = Some(Box::new(Node { val, next: rest }));
}

fn to_vec(head: &Option<Box<Node>>) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = head.as_deref();
    while let Some(n) = cur {
        out.push(n.val);
        cur = n.next.as_deref();
    }
    out
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for v in [5, 1, 9, 3, 7, 3, -2, 10] {
        insert_sorted(&mut head, v);
        println!("insert {:>2} -> {:?}", v, to_vec(&head));
    }
    let values = to_vec(&head);
    println!("sorted? {}", values.windows(2).all(|w| w[0] <= w[1]));
}
