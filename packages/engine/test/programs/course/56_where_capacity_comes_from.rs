// Lab 5, exercise 4: where does the starting capacity come from?
// Predict each line before running the program.

fn show<T>(label: &str, v: &Vec<T>) {
    println!("{:<28} len = {:>2}, cap = {:>2}", label, v.len(), v.capacity());
}

fn show_s(label: &str, s: &String) {
    println!("{:<28} len = {:>2}, cap = {:>2}", label, s.len(), s.capacity());
}

fn main() {
    let mut base: Vec<i32> = Vec::with_capacity(10);
    base.extend([1, 2, 3]);
    show("with_capacity(10) + 3", &base);
    show("clone", &base.clone());
    show("vec![0; 5]", &vec![0; 5]);
    show("collect from range", &(0..7).collect::<Vec<i32>>());
    show("collect from filter", &(0..20).filter(|x| x % 4 == 0).collect::<Vec<i32>>());
    show("Vec::from([1, 2])", &Vec::from([1, 2]));
    show("to_vec of slice", &base[1..].to_vec());

    let mut grown: Vec<i32> = Vec::new();
    grown.push(1);
    show("Vec::new + 1 push", &grown);
    grown.extend(0..9);
    show("extend with 9 more", &grown);
    let tail = grown.split_off(6);
    show("split_off(6): front", &grown);
    show("split_off(6): tail", &tail);
    let drained: Vec<i32> = grown.drain(1..4).collect();
    show("drained 3", &drained);

    show_s("String::from(\"hello\")", &String::from("hello"));
    show_s("to_string", &"abc".to_string());
    show_s("repeat(3)", &"ab".repeat(3));
    show_s("join", &["x", "yy", "zzz"].join("-"));
    show_s("concat", &["mem", "ory"].concat());
    let mut s = String::new();
    s.push('a');
    show_s("String::new + push", &s);
    s.reserve(20);
    show_s("reserve(20)", &s);
    s.shrink_to(4);
    show_s("shrink_to(4)", &s);
}
