fn take(s: String) -> usize {
    s.len()
}

fn give() -> String {
    String::from("given")
}

fn take_and_give(mut s: String) -> String {
    s.push_str(" back");
    s
}

fn main() {
    let s = String::from("one");
    let n = take(s.clone());
    let s = take_and_give(s);
    println!("{} {}", n, s);
    let t = give();
    let u = t;
    let t = String::from("new t");
    println!("{} {}", t, u);
    let v = vec![1, 2, 3];
    let w = &v;
    let x = w.clone();
    println!("{:?} {:?} {:?}", v, w, x);
    let a = 5;
    let b = a;
    println!("{} {}", a, b);
    let tuple = (String::from("left"), 7);
    let (l, num) = tuple;
    println!("{} {}", l, num);
    println!("{}", tuple.1);
    let opt = Some(String::from("inner"));
    if let Some(ref s) = opt {
        println!("borrowed {}", s);
    }
    println!("{:?}", opt);
    let boxed = Box::new(String::from("boxed"));
    let unboxed: String = *boxed;
    println!("{}", unboxed);
}
