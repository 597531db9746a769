// LeetCode-style "merge two sorted lists", recursive, with Option<Box<ListNode>>.
#[derive(Debug, PartialEq, Eq)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

fn build(vals: &[i32]) -> Option<Box<ListNode>> {
    vals.iter().rev().fold(None, |next, &val| Some(Box::new(ListNode { val, next })))
}

fn collect(list: &Option<Box<ListNode>>) -> Vec<i32> {
    let mut v = Vec::new();
    let mut cur = list.as_deref();
    while let Some(node) = cur {
        v.push(node.val);
        cur = node.next.as_deref();
    }
    v
}

fn merge(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    match (a, b) {
        (None, rest) | (rest, None) => rest,
        (Some(mut x), Some(mut y)) => {
            if x.val <= y.val {
                x.next = merge(x.next.take(), Some(y));
                Some(x)
            } else {
                y.next = merge(Some(x), y.next.take());
                Some(y)
            }
        }
    }
}

fn main() {
    let a = build(&[1, 4, 7, 10]);
    let b = build(&[2, 3, 8]);
    let merged = merge(a, b);
    println!("merged: {:?}", collect(&merged));

    let empty = merge(None, build(&[5]));
    println!("with empty: {:?}", collect(&empty));

    let dupes = merge(build(&[1, 1, 2]), build(&[1, 2, 2]));
    println!("dupes: {:?}", collect(&dupes));
    println!("{:?}", build(&[3, 4]));
}
