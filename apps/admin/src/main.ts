import { createApp } from 'vue';
import 'element-plus/theme-chalk/base.css';
// Styles of the services called from scripts (not picked up by the on-demand component resolver).
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/loading/style/css';
import App from './App.vue';
import { router } from './router';
import './styles.css';

createApp(App).use(router).mount('#app');
