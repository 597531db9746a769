fn run_once<F>(task: F)
where
    F: FnOnce() -> Vec<String>,
{
    let result = task();
    println!("task produced {} items: {:?}", result.len(), result);
}

fn unwrap_or_compute<F: FnOnce() -> u32>(opt: Option<u32>, fallback: F) -> u32 {
    match opt {
        Some(v) => v,
        None => fallback(),
    }
}

fn main() {
    let mut names = vec![String::from("ann"), String::from("bo")];
    names.push(String::from("cy"));

    run_once(move || {
        let mut v = names;
        v.reverse();
        v
    });

    let cached: Option<u32> = None;
    let v = unwrap_or_compute(cached, || {
        println!("computing fallback");
        42
    });
    println!("v = {}", v);

    let w = unwrap_or_compute(Some(7), || {
        println!("this never prints");
        0
    });
    println!("w = {}", w);

    let label = String::from("owned label");
    let take_it = move || label;
    let got = take_it();
    println!("got back: {}", got);
}
