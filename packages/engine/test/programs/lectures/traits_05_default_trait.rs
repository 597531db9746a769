// The Default trait: derived and hand-written, with struct update syntax.
#[derive(Debug, Default)]
struct Settings {
    verbose: bool,
    retries: u32,
    name: String,
    ratio: f64,
}

#[derive(Debug)]
struct Window {
    title: String,
    width: u32,
    height: u32,
    resizable: bool,
}

impl Default for Window {
    fn default() -> Self {
        Window { title: String::from("untitled"), width: 800, height: 600, resizable: true }
    }
}

#[derive(Debug, Default, PartialEq)]
enum Level {
    Low,
    #[default]
    Medium,
    High,
}

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let custom = Settings { retries: 3, name: "fast".to_string(), ..Default::default() };
    println!("{:?}", custom);

    let w: Window = Default::default();
    println!("{:?}", w);
    let big = Window { width: 1920, height: 1080, ..Window::default() };
    println!("{} is {}x{} resizable={}", big.title, big.width, big.height, big.resizable);

    let lvl = Level::default();
    println!("default level {:?}, is medium: {}", lvl, lvl == Level::Medium);
    let all = [Level::Low, Level::High];
    println!("others: {:?}", all);

    let v: Vec<i32> = Default::default();
    let n: u64 = Default::default();
    let t: (String, bool) = Default::default();
    println!("{:?} {} {:?}", v, n, t);
    let opt: Option<Settings> = None;
    println!("unwrap_or_default: {:?}", opt.unwrap_or_default().retries);
}
