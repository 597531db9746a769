// Mirror a binary tree and print it before and after (pre-order)
struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn node(val: i32, left: Option<Box<Node>>, right: Option<Box<Node>>) -> Option<Box<Node>> {
    Some(Box::new(Node { val, left, right }))
}

fn mirror(link: &mut Option<Box<Node>>) {
    if let Some(n) = link {
        std::mem::swap(&mut n.left, &mut n.right);
        mirror(&mut n.left);
        mirror(&mut n.right);
    }
}

fn pre_order(link: &Option<Box<Node>>, out: &mut String) {
    match link {
        None => out.push('.'),
        Some(n) => {
            out.push_str(&n.val.to_string());
            out.push('(');
            pre_order(&n.left, out);
            out.push(',');
            pre_order(&n.right, out);
            out.push(')');
        }
    }
}

fn main() {
    let mut t = node(1, node(2, node(4, None, None), None), node(3, None, node(5, None, None)));
    let mut s = String::new();
    pre_order(&t, &mut s);
    println!("before: {}", s);
    mirror(&mut t);
    s.clear();
    pre_order(&t, &mut s);
    println!("after:  {}", s);
}
