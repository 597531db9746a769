#[derive(Debug, Clone)]
struct Window {
    title: String,
    width: u32,
    height: u32,
    resizable: bool,
}

impl Window {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let main_win = Window {
        title: "Editor".to_string(),
        width: 1024,
        height: 768,
        resizable: true,
    };
    println!("{:?} area {}", main_win, main_win.area());

    // Window does not derive or implement Default.
    let blank = Window::default();
    println!("{:?}", blank);
}
