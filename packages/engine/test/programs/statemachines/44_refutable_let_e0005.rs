// Destructuring a state in a plain let: the other variants are forgotten
#[derive(Debug)]
enum Download {
    Waiting,
    InProgress { done: u64, total: u64 },
    Complete { bytes: u64 },
}

fn percent(d: &Download) -> u64 {
    let Download::InProgress { done, total } = d;
    done * 100 / total
}

fn main() {
    let d = Download::InProgress { done: 300, total: 1200 };
    println!("{}%", percent(&d));
    println!("{:?} {:?}", Download::Waiting, Download::Complete { bytes: 1200 });
}
