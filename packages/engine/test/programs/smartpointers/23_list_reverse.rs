#[derive(Debug)]
struct ListNode {
    val: i32,
    next: Option<Box<ListNode>>,
}

fn from_vec(v: &[i32]) -> Option<Box<ListNode>> {
    let mut head = None;
    for &x in v.iter().rev() {
        head = Some(Box::new(ListNode { val: x, next: head }));
    }
    head
}

fn to_vec(mut list: &Option<Box<ListNode>>) -> Vec<i32> {
    let mut out = vec![];
    while let Some(node) = list {
        out.push(node.val);
        list = &node.next;
    }
    out
}

fn reverse(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    let mut prev: Option<Box<ListNode>> = None;
    let mut cur = head;
    while let Some(mut node) = cur {
        cur = node.next.take();
        node.next = prev;
        prev = Some(node);
    }
    prev
}

fn main() {
    let list = from_vec(&[1, 2, 3, 4, 5]);
    println!("original: {:?}", to_vec(&list));
    let rev = reverse(list);
    println!("reversed: {:?}", to_vec(&rev));
    let empty = reverse(None);
    println!("empty reversed: {:?}", to_vec(&empty));
    let one = reverse(from_vec(&[42]));
    println!("single: {:?}", to_vec(&one));
}
