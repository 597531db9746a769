#[derive(Debug, Default)]
struct WindowOptions {
    title: String,
    width: u32,
    height: u32,
    resizable: bool,
    opacity: f32,
    tags: Vec<String>,
    parent: Option<u32>,
}

#[derive(Debug, Default, PartialEq)]
enum Theme {
    #[default]
    Light,
    Dark,
}

fn main() {
    let plain = WindowOptions::default();
    println!("{:?}", plain);

    let main_window = WindowOptions {
        title: String::from("Editor"),
        width: 1280,
        height: 720,
        ..Default::default()
    };
    println!("{} {}x{} resizable={}", main_window.title, main_window.width, main_window.height, main_window.resizable);

    let popup = WindowOptions {
        title: "Find".into(),
        parent: Some(1),
        opacity: 0.9,
        ..WindowOptions::default()
    };
    println!("{:?}", popup);

    let t: Theme = Default::default();
    println!("default theme: {:?}, dark? {}", t, t == Theme::Dark);
    let n: (i32, bool, String) = Default::default();
    println!("{:?}", n);
}
