// A generic method is fine if it is excluded from the vtable with `where Self: Sized`.
trait Storage {
    fn get(&self, key: u32) -> Option<String>;
    fn get_parsed<T: std::str::FromStr>(&self, key: u32) -> Option<T>
    where
        Self: Sized,
    {
        self.get(key).and_then(|s| s.parse().ok())
    }
}

struct Memory { data: Vec<(u32, String)> }

impl Storage for Memory {
    fn get(&self, key: u32) -> Option<String> {
        self.data.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
    }
}

fn main() {
    let m = Memory { data: vec![(1, String::from("10")), (2, String::from("x"))] };
    let n: Option<i32> = m.get_parsed(1);
    println!("{:?}", n);
    let bad: Option<i32> = m.get_parsed(2);
    println!("{:?}", bad);
    let s: &dyn Storage = &m;
    println!("{:?} {:?}", s.get(1), s.get(3));
}
